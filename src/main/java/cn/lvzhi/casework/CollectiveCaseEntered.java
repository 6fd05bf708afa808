package cn.lvzhi.casework;

import java.util.List;

/**
 * An inspection, inquiry or written opinion as entered: its id, the collective activity of its
 * participants and the record made for each of them, in order ({@code {id, collectiveId, activityIds}}).
 */
public record CollectiveCaseEntered(long id, long collectiveId, List<Long> activityIds) {
}
