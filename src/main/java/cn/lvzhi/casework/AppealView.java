package cn.lvzhi.casework;

import java.util.List;
import java.util.Set;

import cn.lvzhi.activities.ActivityView;

/**
 * An appeal as one user is shown it: the constituent in full ({@code personalDataShown}, audited)
 * or masked, the workstation's and the proxy's names, its flags today, the steps the user may
 * take, and the activity records it created with their status and points (empty in a list).
 */
public record AppealView(Appeal appeal, AppealConstituent constituent, boolean personalDataShown,
		String workstationName, String proxyName, List<AppealFlag> flags, Set<AppealAction> actions,
		List<ActivityView> records) {
}
