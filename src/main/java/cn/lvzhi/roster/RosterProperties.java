package cn.lvzhi.roster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the roster ({@code lvzhi.roster.*}).
 *
 * @param importMaxBytes the largest .xlsx file accepted for import (413 above it)
 * @param importMaxRows the most data rows an imported sheet may have (422 above it)
 * @param importMaxUnzippedBytes the most bytes the parts of an imported file may inflate to
 * together: a zip bomb stops here, before the workbook is parsed
 * @param importMinInflateRatio the smallest compressed/uncompressed ratio of a part (POI's
 * default): a part that compresses better than this is taken for a zip bomb
 */
@ConfigurationProperties("lvzhi.roster")
record RosterProperties(@DefaultValue("5MB") DataSize importMaxBytes, @DefaultValue("5000") int importMaxRows,
		@DefaultValue("20MB") DataSize importMaxUnzippedBytes, @DefaultValue("0.01") double importMinInflateRatio) {
}
