package cn.lvzhi.activities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.lvzhi.activities.ActivityRecord;

/** The written reason of a rejection, a return, a revocation or a verification after review. */
record ReasonForm(@NotBlank @Size(max = ActivityRecord.REASON_MAX) String reason) {

	static ReasonForm empty() {
		return new ReasonForm(null);
	}
}
