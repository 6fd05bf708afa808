package cn.lvzhi.casework.web;

/** An inspection's report text as the API receives it. */
record ReportRequest(String text) {
}
