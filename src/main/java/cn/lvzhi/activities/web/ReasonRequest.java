package cn.lvzhi.activities.web;

/** {@code {reason}} of a rejection, return, revocation or a verification after review. */
record ReasonRequest(String reason) {
}
