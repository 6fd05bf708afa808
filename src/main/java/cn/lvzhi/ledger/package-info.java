/**
 * Ledger: the append-only points ledger (积分台账), the per-representative, per-cycle balance kept
 * with it, manual adjustments, and the standings. It books points when activities publishes
 * {@link cn.lvzhi.activities.ActivityVerified} or {@link cn.lvzhi.activities.ActivityRevoked}
 * (synchronously, in the same transaction), by recomputing the representative's cycle with a
 * pure function and appending the difference; entries are never updated or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package cn.lvzhi.ledger;
