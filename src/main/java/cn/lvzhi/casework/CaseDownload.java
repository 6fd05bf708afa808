package cn.lvzhi.casework;

import org.springframework.core.io.Resource;

/** A case's file (an inspection's report, a written opinion's document) with its content, for download. */
public record CaseDownload(CaseFile file, Resource content) {
}
