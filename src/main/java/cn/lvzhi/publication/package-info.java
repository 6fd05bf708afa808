/**
 * Publication: the quarterly lists (季度公布) of a district's cycle and closing the cycle.
 * <p>
 * The office drafts the list of quarter Q of year Y as of the quarter's last day: a snapshot of
 * {@link cn.lvzhi.ledger.Standings} (records dated up to that day and verified at drafting time),
 * one row per representative with the points by category, adjustments, total, both ranks and
 * the quarter's points (total minus the total in the published list of the previous quarter of
 * the same year; Q1, or a representative missing from that list: the total). The evaluation
 * group approves it, which publishes it; a published list is never changed, and the public sees
 * it without signing in (names, workstations, points and ranks only). A draft may be discarded
 * by the office, so that a corrected list can be drafted; it is kept, marked discarded.
 * Each list carries the SHA-256 of its canonical text ({@link cn.lvzhi.publication.ContentHash}).
 * <p>
 * After the fourth quarter is published the office closes the cycle
 * ({@link cn.lvzhi.publication.Cycles}, which implements {@link cn.lvzhi.activities.ClosedCycles}):
 * records of that year are then neither verified nor revoked any more.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package cn.lvzhi.publication;
