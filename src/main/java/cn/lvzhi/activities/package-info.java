/**
 * Activities: a representative's duty activity records (履职记录) and their workflow — reported by
 * the representative ({@code SUBMITTED}), recorded by their workstation ({@code RECORDED}),
 * verified, returned or rejected by the office, revoked by the evaluation group — with the
 * history of every transition, and collective activities entered once for many participants.
 * Verifications and revocations are published as {@link cn.lvzhi.activities.ActivityVerified}
 * and {@link cn.lvzhi.activities.ActivityRevoked}; the points of a record are read through the
 * {@link cn.lvzhi.activities.PointsLookup} port, which the ledger implements. Records of a closed cycle
 * are neither verified nor revoked: the {@link cn.lvzhi.activities.ClosedCycles} port, which the
 * publication module implements, tells which cycles are closed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package cn.lvzhi.activities;
