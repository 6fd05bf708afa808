package cn.lvzhi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.casework.CollectiveCaseEntered;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.Inquiries;
import cn.lvzhi.casework.InquiryDetails;
import cn.lvzhi.casework.InspectionDetails;
import cn.lvzhi.casework.Inspections;
import cn.lvzhi.casework.Upload;
import cn.lvzhi.casework.WrittenOpinionDetails;
import cn.lvzhi.casework.WrittenOpinions;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PrintedDocument;

/**
 * Demo casework entered once with its participants ({@code demo} profile only), after
 * {@link DemoData}: an inspection with its report (text and PDF) whose records the office has
 * verified, an inquiry whose answer was written down afterwards, and a written opinion with its
 * document — all with the demo representative {@code rep} among the participants. Runs once: not
 * when inspections exist already, nor without the demo users.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCollectiveCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCollectiveCases.class);

	private final Inspections inspections;

	private final Inquiries inquiries;

	private final WrittenOpinions opinions;

	private final CollectiveCaseQueries queries;

	private final Activities activities;

	private final Representatives representatives;

	private final Districts districts;

	private final UserDetailsService accounts;

	private final Clock clock;

	DemoCollectiveCases(Inspections inspections, Inquiries inquiries, WrittenOpinions opinions,
			CollectiveCaseQueries queries, Activities activities, Representatives representatives, Districts districts,
			UserDetailsService accounts, Clock clock) {
		this.inspections = inspections;
		this.inquiries = inquiries;
		this.opinions = opinions;
		this.queries = queries;
		this.activities = activities;
		this.representatives = representatives;
		this.districts = districts;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CurrentUser office;
		CurrentUser rep;
		CurrentUser staff;
		try {
			office = actor("office");
			rep = actor("rep");
			staff = actor("staff");
		}
		catch (UsernameNotFoundException notDemo) {
			return;
		}
		if (queries.inspections(office, null, PageQuery.of(0, 1)).total() > 0 || rep.representativeId().isEmpty()) {
			return;
		}
		long district = office.districtId();
		LocalDate today = LocalDate.now(clock.withZone(districts.of(district).timeZone()));
		LocalDate start = LocalDate.of(today.getYear(), 1, 1);
		long demo = rep.representativeId().get();
		List<Long> colleagues = representatives.ofWorkstation(staff.workstationId().orElseThrow())
			.stream()
			.map(Representative::id)
			.filter(id -> id != demo)
			.limit(2)
			.toList();
		List<Long> participants = Stream.concat(Stream.of(demo), colleagues.stream()).toList();

		CollectiveCaseEntered inspection = inspections.create(office, new InspectionDetails(latest(start,
				today.minusDays(20)), "集中视察沙头角老旧小区改造", "察看加装电梯、雨污分流和停车位改造的进度,听取居民意见。",
				"沙头角街道", participants));
		inspections.report(rep, inspection.id(), "三个小区的加装电梯已完成七成;雨污分流施工影响出行,建议分段施工并提前公告;"
				+ "居民普遍反映停车位不足,建议利用边角地增设停车位。");
		inspections.attachReport(rep, inspection.id(), pdf("视察调研报告.pdf", "集中视察沙头角老旧小区改造报告",
				"加装电梯已完成七成;建议雨污分流分段施工并提前公告;建议利用边角地增设停车位。"));
		for (Long activity : inspection.activityIds()) {
			activities.verify(office, activity, null);
		}

		CollectiveCaseEntered inquiry = inquiries.create(staff, new InquiryDetails("INQUIRY",
				latest(start, today.minusDays(12)), "区住房和建设局", "老旧小区加装电梯的财政补贴何时发放?申请材料能否简化?", null,
				participants.subList(0, Math.min(2, participants.size()))));
		inquiries.answer(rep, inquiry.id(), "补贴将于本季度末前发放到位;申请材料由七项减为四项,可在街道便民服务中心一次办结。");

		CollectiveCaseEntered opinion = opinions.create(office, new WrittenOpinionDetails(latest(start,
				today.minusDays(5)), "关于完善代表履职积分考评的书面意见", "建议把群众对诉求办理的满意度纳入年终评议,"
						+ "并在季度公布时附各工作室的履职情况说明。", List.of(demo)),
				pdf("书面意见.pdf", "关于完善代表履职积分考评的书面意见", "建议把群众对诉求办理的满意度纳入年终评议。"));
		log.info("Demo casework created: inspection {} (report, {} records verified), inquiry {} (answered), written "
				+ "opinion {} (document)", inspection.id(), inspection.activityIds().size(), inquiry.id(), opinion.id());
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/** A one-page PDF with the Chinese font, as an upload. */
	private static Upload pdf(String filename, String title, String body) {
		byte[] content = PrintedDocument.pdf("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body{font-family:'"
				+ PrintedDocument.FONT_FAMILY + "';}</style></head><body><h1>" + title + "</h1><p>" + body
				+ "</p></body></html>");
		return new Upload(filename, content.length, new ByteArrayResource(content));
	}

	private CurrentUser actor(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}
}
