package cn.lvzhi.activities.web;

/** {@code {reason}} of a rejection, return, referral, revocation or a verification after review or referral. */
record ReasonRequest(String reason) {
}
