package cn.lvzhi.activities;

/**
 * Whether a record is under review (复核): while a representative's review request about it is
 * open, the representative may add new evidence to their decided record. A port, like
 * {@link PointsLookup}: the evaluation module, which keeps the reviews and depends on this one,
 * implements it, so that this module needs nothing downstream.
 */
public interface ReviewsInProgress {

	boolean underReview(long activityId);

}
