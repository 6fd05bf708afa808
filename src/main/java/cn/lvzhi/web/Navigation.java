package cn.lvzhi.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import cn.lvzhi.roster.District;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * The navigation of the shell: each role sees only what it may use. An entry is shown when the
 * user holds any of its roles. Templates call {@code @navigation.entriesFor(authentication)}.
 */
@Component("navigation")
public class Navigation {

	/** A navigation entry: a message key for its label, where it goes, and who sees it. */
	public record Entry(String id, String labelKey, String href, Set<Role> roles) {
	}

	static final List<Entry> ENTRIES = List.of(
			new Entry("home", "nav.home", "/", EnumSet.allOf(Role.class)),
			new Entry("evaluation-inbox", "nav.evaluation-inbox", "/evaluation", EnumSet.of(Role.EVALUATION_GROUP)),
			new Entry("report", "nav.report", "/activities/new", EnumSet.of(Role.REPRESENTATIVE)),
			new Entry("my-records", "nav.my-records", "/activities/mine", EnumSet.of(Role.REPRESENTATIVE)),
			new Entry("my-points", "nav.my-points", "/points", EnumSet.of(Role.REPRESENTATIVE)),
			new Entry("queue", "nav.queue", "/activities/queue", EnumSet.of(Role.WORKSTATION_STAFF)),
			new Entry("appeals", "nav.appeals", "/appeals",
					EnumSet.of(Role.WORKSTATION_STAFF, Role.REPRESENTATIVE, Role.OFFICE)),
			new Entry("verification", "nav.verification", "/activities/verification",
					EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP)),
			new Entry("standings", "nav.standings", "/standings",
					EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP, Role.WORKSTATION_STAFF)),
			new Entry("publications", "nav.publications", "/publications", EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP)),
			new Entry("dashboards", "nav.dashboards", "/dashboards",
					EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP, Role.WORKSTATION_STAFF)),
			new Entry("adjustments", "nav.adjustments", "/adjustments", EnumSet.of(Role.EVALUATION_GROUP)),
			new Entry("my-reviews", "nav.my-reviews", "/reviews/mine", EnumSet.of(Role.REPRESENTATIVE)),
			new Entry("my-cases", "nav.my-cases", "/casework/mine", EnumSet.of(Role.REPRESENTATIVE)),
			new Entry("proposals", "nav.proposals", "/proposals",
					EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP, Role.WORKSTATION_STAFF)),
			new Entry("year-end", "yearend.nav", "/evaluation/year-end", EnumSet.of(Role.EVALUATION_GROUP, Role.OFFICE)),
			new Entry("my-year-end", "yearend.nav.mine", "/evaluation/year-end/mine", EnumSet.of(Role.REPRESENTATIVE)),
			new Entry("representatives", "nav.representatives", "/roster/representatives",
					EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP, Role.WORKSTATION_STAFF)),
			new Entry("workstations", "nav.workstations", "/roster/workstations",
					EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP)),
			new Entry("standard", "nav.standard", "/standard",
					EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP, Role.WORKSTATION_STAFF, Role.REPRESENTATIVE)),
			new Entry("users", "nav.users", "/admin/users", EnumSet.of(Role.ADMIN)),
			new Entry("audit", "nav.audit", "/audit", EnumSet.of(Role.AUDITOR)),
			new Entry("api", "nav.api", "/swagger-ui.html", EnumSet.of(Role.ADMIN, Role.OFFICE, Role.AUDITOR)));

	private final Districts districts;

	Navigation(Districts districts) {
		this.districts = districts;
	}

	/** The district shown in the top bar: the user's, or the deployment's first before sign-in. */
	public District district(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return districts.of(user.districtId());
		}
		return districts.defaultDistrict();
	}

	/** The signed-in user, or {@code null}. */
	public CurrentUser user(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}

	public List<Entry> entriesFor(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return List.of();
		}
		var entries = new ArrayList<Entry>();
		for (Entry entry : ENTRIES) {
			if (entry.roles().stream().anyMatch(user::has)) {
				entries.add(entry);
			}
		}
		return entries;
	}
}
