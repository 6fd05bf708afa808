package cn.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealAssignment;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.AppealRatings;
import cn.lvzhi.casework.AppealRegistration;
import cn.lvzhi.casework.Appeals;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.CurrentUser;

/**
 * The demo's constituents' appeals, entered through the casework services as people would: at
 * the demo staff's workstation (沙头角) one in every state — waiting for a proxy, proxied by the
 * demo representative, routed and past its due date with follow-ups, resolved and waiting for the
 * constituent, rated (very satisfied: its item-2 and item-3 records verified by the office, so
 * the points show; dissatisfied: the representative may reopen it), reopened — one long
 * unresolved, and one rated at another workstation without a proxy. The constituents are made up.
 */
@Component
class DemoAppeals {

	private final Appeals appeals;

	private final AppealRatings ratings;

	private final AppealQueries queries;

	private final Activities activities;

	DemoAppeals(Appeals appeals, AppealRatings ratings, AppealQueries queries, Activities activities) {
		this.appeals = appeals;
		this.ratings = ratings;
		this.queries = queries;
		this.activities = activities;
	}

	/** The people who act: the demo staff, representative and office, and the representatives of the roster. */
	record Cast(CurrentUser staff, CurrentUser rep, CurrentUser office, Workstation home, Workstation elsewhere,
			Representative repRecord, Representative colleague) {
	}

	/** Enters the demo appeals; answers how many. */
	int enter(Cast cast, LocalDate today) {
		long home = cast.home().id();
		register(cast.staff(), home, "孙**", "小区垃圾清运不及时", "环境卫生", "DUTY_SHIFT", today.minusDays(2));
		register(cast.staff(), home, "周**", "路口红绿灯时长太短,老人过马路来不及", "交通出行", "PHONE", today.minusDays(70));

		Appeal proxied = register(cast.staff(), home, "吴**", "菜市场周边占道经营影响通行", "市容管理", "VISIT",
				today.minusDays(5));
		proxied = appeals.proxy(cast.rep(), proxied.id(), cast.repRecord().id());
		verifyRecords(cast.office(), proxied);

		Appeal overdue = register(cast.staff(), home, "郑**", "小区楼顶漏水,物业多次维修未果", "物业管理", "DUTY_SHIFT",
				today.minusDays(20));
		appeals.proxy(cast.rep(), overdue.id(), cast.repRecord().id());
		appeals.assign(cast.staff(), overdue.id(),
				new AppealAssignment("沙头角街道城建办", "DEPARTMENT", today.minusDays(5)));
		appeals.followUp(cast.rep(), overdue.id(), "已与城建办电话沟通,答复正在联系施工单位。");
		appeals.followUp(cast.staff(), overdue.id(), "超过办理期限,已发督办函。");

		Appeal waiting = register(cast.staff(), home, "冯**", "学校门口接送车辆拥堵", "交通出行", "ONLINE", today.minusDays(12));
		appeals.proxy(cast.staff(), waiting.id(), cast.colleague().id());
		appeals.assign(cast.staff(), waiting.id(), new AppealAssignment("区交警大队", "DEPARTMENT", today.plusDays(5)));
		appeals.resolve(cast.staff(), waiting.id(), "交警大队在上下学时段增派警力,设置临时停车区。");

		Appeal satisfied = resolvedByRep(cast, "陈**", "公园健身器材损坏", "公共设施", today.minusDays(30),
				"街道已更换损坏的健身器材 4 件。");
		satisfied = ratings.rate(cast.staff(), satisfied.id(), "VERY_SATISFIED");
		verifyRecords(cast.office(), satisfied);

		Appeal dissatisfied = resolvedByRep(cast, "褚**", "夜间施工噪音扰民", "环境保护", today.minusDays(25),
				"已要求施工单位晚十点后停止施工。");
		ratings.rate(cast.staff(), dissatisfied.id(), "DISSATISFIED");

		Appeal reopened = resolvedByRep(cast, "卫**", "小区停车位划线不合理", "物业管理", today.minusDays(40),
				"物业已重新划线。");
		ratings.rate(cast.staff(), reopened.id(), "DISSATISFIED");
		appeals.reopen(cast.rep(), reopened.id(), "群众反映新划线仍占用消防通道,需重新协调。");

		Appeal noProxy = register(cast.office(), cast.elsewhere().id(), "蒋**", "社区图书室开放时间太短", "文化服务",
				"VISIT", today.minusDays(15));
		appeals.assign(cast.office(), noProxy.id(), new AppealAssignment("田心社区居委会", "COMMUNITY", today.plusDays(3)));
		appeals.resolve(cast.office(), noProxy.id(), "图书室周末增加开放半天。");
		ratings.rate(cast.office(), noProxy.id(), "BASICALLY_SATISFIED");
		return 10;
	}

	private Appeal resolvedByRep(Cast cast, String name, String subject, String category, LocalDate receivedOn,
			String resolution) {
		Appeal appeal = register(cast.staff(), cast.home().id(), name, subject, category, "DUTY_SHIFT", receivedOn);
		appeals.proxy(cast.rep(), appeal.id(), cast.repRecord().id());
		appeals.assign(cast.rep(), appeal.id(), new AppealAssignment("沙头角街道办事处", "DEPARTMENT", receivedOn.plusDays(15)));
		return appeals.resolve(cast.rep(), appeal.id(), resolution);
	}

	private Appeal register(CurrentUser by, long workstation, String name, String subject, String category,
			String channel, LocalDate receivedOn) {
		return appeals.register(by, new AppealRegistration(name.replace("**", "先生"), "1390000" + (1000 + subject.length()),
				"盐田区沙头角街道", subject + "。请党代表帮助反映、协调解决。", category, subject, receivedOn, channel,
				workstation));
	}

	private void verifyRecords(CurrentUser office, Appeal appeal) {
		List<ActivityView> records = queries.recordsOf(appeal);
		for (ActivityView record : records) {
			activities.verify(office, record.record().id(), null);
		}
	}
}
