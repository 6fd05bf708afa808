package cn.lvzhi.casework;

import java.util.List;

import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.casework.CollectiveCasePolicy.Standing;

/**
 * An inspection, inquiry or written opinion as its page and API show it: the case, its
 * participants, the record of each (with status and points so far) and how the reader stands to
 * it (for the buttons {@link CollectiveCasePolicy} allows).
 */
public record CaseView<T>(T value, List<Long> participantIds, List<ActivityView> records, Standing standing) {
}
