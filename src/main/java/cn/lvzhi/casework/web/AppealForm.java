package cn.lvzhi.casework.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import cn.lvzhi.casework.AppealRegistration;

/** The 诉求登记 form, as typed: every rule is checked by {@code Appeals}, shown beside its field. */
record AppealForm(String constituentName, String constituentPhone, String constituentAddress, String content,
		String category, String subject, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
		String channel, Long workstationId) {

	/** A new form: received today, on a duty shift, at the only workstation offered (if one). */
	static AppealForm empty(LocalDate today, Long workstationId) {
		return new AppealForm(null, null, null, null, null, null, today, "DUTY_SHIFT", workstationId);
	}

	AppealRegistration registration() {
		return new AppealRegistration(constituentName, constituentPhone, constituentAddress, content, category,
				subject, receivedOn, channel, workstationId);
	}
}
