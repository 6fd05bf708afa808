package cn.lvzhi.activities;

import java.util.List;

/** A collective activity as created: its id and the record made for each participant, in order. */
public record CollectiveActivity(long id, List<Long> activityIds) {
}
