package cn.lvzhi.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lvzhi.evaluation.ReviewRequest;

/** A representative's review request: the record and why. */
record ReviewForm(@NotNull Long activityId, @NotBlank @Size(max = ReviewRequest.REASON_MAX) String reason) {
}
