package cn.lvzhi.evaluation.web;

/** {@code {activityId, reason}} of a review request. */
record ReviewBody(Long activityId, String reason) {
}
