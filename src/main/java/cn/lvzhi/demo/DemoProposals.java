package cn.lvzhi.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.casework.Proposal;
import cn.lvzhi.casework.ProposalDraft;
import cn.lvzhi.casework.ProposalFilter;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.casework.ProposalUnit;
import cn.lvzhi.casework.Proposals;
import cn.lvzhi.casework.ProposalView;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;

/**
 * The demo's proposals ({@code demo} profile only), entered through the casework services after
 * {@link DemoData}: for the demo representative {@code rep} a paper motion they lead with one
 * co-signature on the paper and one missing, submitted, its records verified by the office and
 * answered by the lead unit (waiting for rep's evaluation); a suggestion answered and evaluated; a
 * draft of their own to submit; a withdrawn draft; a motion of a colleague waiting for rep's
 * co-signature; and other representatives' motions assigned and submitted (their records waiting
 * in the office's verification queue). Runs once, on a district without proposals whose demo users
 * exist.
 */
@Component
@Profile("demo")
@Order(20)
class DemoProposals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

	private final Proposals proposals;

	private final ProposalQueries queries;

	private final Activities activities;

	private final RosterDirectory directory;

	private final Districts districts;

	private final UserDetailsService accounts;

	DemoProposals(Proposals proposals, ProposalQueries queries, Activities activities, RosterDirectory directory,
			Districts districts, UserDetailsService accounts) {
		this.proposals = proposals;
		this.queries = queries;
		this.activities = activities;
		this.directory = directory;
		this.districts = districts;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CurrentUser office;
		CurrentUser rep;
		try {
			office = actor("office");
			rep = actor("rep");
		}
		catch (UsernameNotFoundException noDemoUsers) {
			return;
		}
		long district = districts.defaultDistrict().id();
		if (rep.representativeId().isEmpty()
				|| queries.list(office, ProposalFilter.none(), PageQuery.of(0, 1)).total() > 0) {
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		directory.representatives(district).forEach(r -> ids.put(r.name(), r.id()));
		long me = rep.representativeId().get();

		// rep's paper motion: 李秀英 signed the paper, 张伟 did not; submitted, verified, answered.
		Proposal motion = paper(office, "MOTION", "关于增设社区长者食堂的提案",
				"沙头角片区 60 岁以上居民约占三成,就餐难问题突出。建议由区民政局牵头,在沙头角、海山社区各增设一处长者食堂,并引入社会力量运营。",
				me, List.of(ids.get("李秀英"), ids.get("张伟")), List.of(ids.get("李秀英")));
		motion = proposals.submit(office, motion.id());
		verifyAll(office, motion);
		assign(office, motion, "区民政局", "沙头角街道办事处");
		proposals.reply(office, motion.id(), "区民政局",
				"已将长者食堂纳入年度民生实事,沙头角社区长者食堂预计下季度开业,海山社区选址正在论证。");

		// rep's suggestion: submitted, verified, answered and evaluated.
		Proposal suggestion = proposals.draft(rep, new ProposalDraft("SUGGESTION", "关于延长社区图书馆开放时间的建议",
				"建议工作日开放至晚上九点,方便上班族借阅。", me, List.of(), List.of()));
		suggestion = proposals.submit(rep, suggestion.id());
		verifyAll(office, suggestion);
		assign(office, suggestion, "区文化广电旅游体育局", null);
		proposals.reply(office, suggestion.id(), "区文化广电旅游体育局", "自下月起,区图书馆沙头角分馆工作日开放至 21:00。");
		proposals.evaluate(rep, suggestion.id(), "SATISFIED");

		// rep's own draft to submit, and one withdrawn.
		proposals.draft(rep, new ProposalDraft("SUGGESTION", "关于在沙头角增设公共充电桩的建议",
				"沙头角老旧小区电动车充电难,建议增设集中充电点。", me, List.of(), List.of()));
		Proposal withdrawn = proposals.draft(rep, new ProposalDraft("SUGGESTION", "关于海滨栈道夜间照明的建议",
				"建议增设照明。", me, List.of(), List.of()));
		proposals.withdraw(rep, withdrawn.id(), "与已提交的建议重复");

		// A colleague's motion waiting for rep's co-signature (杨丽 signed the paper).
		paper(office, "MOTION", "关于优化港区货车通行时段的提案", "建议错峰安排港区货车通行,缓解沙盐路拥堵。",
				ids.get("陈志强"), List.of(me, ids.get("杨丽")), List.of(ids.get("杨丽")));

		// Other representatives' motions: one assigned, one submitted (records waiting for verification).
		Proposal assigned = paper(office, "MOTION", "关于完善梅沙片区公交线路的提案", "建议增开梅沙至盐田港的公交线路。",
				ids.get("马国平"), List.of(ids.get("朱红梅")), List.of(ids.get("朱红梅")));
		assigned = proposals.submit(office, assigned.id());
		assign(office, assigned, "区交通运输局", "梅沙街道办事处");
		Proposal submitted = paper(office, "MOTION", "关于加强海滨环境保护志愿服务的提案", "建议建立海滨志愿服务积分制度。",
				ids.get("林东"), List.of(me, ids.get("何晓雯")), List.of(me, ids.get("何晓雯")));
		proposals.submit(office, submitted.id());
		log.info("Demo proposals created: 7 proposals and motions, for the demo representative rep among others");
	}

	private Proposal paper(CurrentUser office, String kind, String title, String content, long lead, List<Long> cosigners,
			List<Long> signed) {
		return proposals.draft(office, new ProposalDraft(kind, title, content, lead, cosigners, signed));
	}

	private void assign(CurrentUser office, Proposal proposal, String lead, String assisting) {
		var units = new ArrayList<ProposalUnit.Input>();
		units.add(new ProposalUnit.Input(lead, "LEAD"));
		if (assisting != null) {
			units.add(new ProposalUnit.Input(assisting, "ASSISTING"));
		}
		proposals.assign(office, proposal.id(), units);
	}

	private void verifyAll(CurrentUser office, Proposal proposal) {
		ProposalView view = queries.view(office, proposal);
		view.records().forEach(r -> activities.verify(office, r.record().id(), null));
	}

	private CurrentUser actor(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}
}
