package cn.lvzhi;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import cn.lvzhi.accounts.SliceSecurity;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivitySearch;
import cn.lvzhi.activities.CollectiveActivities;
import cn.lvzhi.activities.evidence.EvidenceFiles;
import cn.lvzhi.audit.AuditTrail;
import cn.lvzhi.casework.ProposalDocuments;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.casework.Proposals;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.Inquiries;
import cn.lvzhi.casework.Inspections;
import cn.lvzhi.casework.WrittenOpinions;
import cn.lvzhi.casework.AppealChoices;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.AppealRatings;
import cn.lvzhi.casework.Appeals;
import cn.lvzhi.evaluation.ComplaintQueries;
import cn.lvzhi.evaluation.Complaints;
import cn.lvzhi.evaluation.Inbox;
import cn.lvzhi.evaluation.RepresentativeChoices;
import cn.lvzhi.evaluation.ReviewQueries;
import cn.lvzhi.evaluation.Reviews;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.ledger.PointsStatistics;
import cn.lvzhi.ledger.Standings;
import cn.lvzhi.publication.Cycles;
import cn.lvzhi.publication.PublicationQueries;
import cn.lvzhi.publication.Publications;
import cn.lvzhi.roster.District;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.RepresentativeQueries;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.roster.RosterSheets;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.standard.Standards;
import cn.lvzhi.web.Navigation;
import cn.lvzhi.web.People;
import cn.lvzhi.yearend.YearEndEvaluations;
import cn.lvzhi.yearend.YearEndOverviews;
import cn.lvzhi.yearend.YearEndSheets;

/**
 * A {@code @WebMvcTest} slice of every page and API controller, for tests of what a page or a
 * JSON answer shows: the real security chains and method security ({@link SliceSecurity}), the
 * shell (layout, navigation, error pages, problem+json, the message bundles, Thymeleaf), the
 * web modules' own helpers, and the test clock. The application services behind the controllers
 * are Mockito mocks (they are tested for real in the module and contract tests): a test
 * {@code @Autowired}s the one it stubs. Sign in with {@link Actor#signedIn()}.
 *
 * <p>The mocks are declared here, once, so that every slice class shares one cached application
 * context; a class that declares a mock of its own would start another. (Evaluation's {@code Reviews}
 * mock also stands for the {@code ReviewsInProgress} port it implements.) The district of
 * {@link #DISTRICT} is stubbed before each test, for the header of every page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = { "cn\\.lvzhi\\.web\\.TextInputs.*", "cn\\.lvzhi\\.\\w+\\.web\\..*" }))
@ActiveProfiles("test")
@Import({ TestClock.Configuration.class, SliceSecurity.class, Navigation.class, People.class })
@MockitoBean(types = { Districts.class, Workstations.class, Representatives.class, RepresentativeQueries.class,
		RosterSheets.class,
		RosterDirectory.class, Standards.class, Users.class, AuditTrail.class, Activities.class, ActivitySearch.class,
		CollectiveActivities.class, EvidenceFiles.class, Ledger.class, Standings.class, PointsStatistics.class,
		Publications.class, PublicationQueries.class, Cycles.class, Inbox.class, Reviews.class, ReviewQueries.class, Complaints.class,
		ComplaintQueries.class, RepresentativeChoices.class, YearEndOverviews.class, YearEndSheets.class,
		YearEndEvaluations.class, Proposals.class, ProposalQueries.class, ProposalDocuments.class,
		Inspections.class, Inquiries.class, WrittenOpinions.class,
		CollectiveCaseQueries.class,
		Appeals.class, AppealRatings.class, AppealQueries.class, AppealChoices.class })
@ExtendWith(WebSlice.Shell.class)
public @interface WebSlice {

	/** The district of every slice test: the one its actors belong to. */
	District DISTRICT = new District(1, "yantian", "盐田区", ZoneId.of("Asia/Shanghai"));

	/** Stubs what the shell asks of every page: the district in the header. */
	class Shell implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			Districts districts = SpringExtension.getApplicationContext(context).getBean(Districts.class);
			given(districts.of(anyLong())).willReturn(DISTRICT);
			given(districts.defaultDistrict()).willReturn(DISTRICT);
			given(districts.find(anyLong())).willReturn(java.util.Optional.of(DISTRICT));
		}
	}
}
