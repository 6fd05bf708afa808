package cn.lvzhi.casework;

import java.time.Instant;

/**
 * A text written after the entry — an inspection's report, a department's answer to an inquiry —
 * with who wrote it down and when. Embedded in its case (columns {@code <prefix>text},
 * {@code <prefix>written_by}, {@code <prefix>written_at}); absent until written.
 */
public record CaseText(String text, String writtenBy, Instant writtenAt) {
}
