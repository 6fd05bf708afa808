/**
 * Year-end evaluation: the year-end evaluation (年终评议, DOMAIN.md 10) of each representative,
 * its overview with the Excel export, and the annual statement PDF. It reads the year-end
 * points and ranks from {@code ledger} ({@link cn.lvzhi.ledger.Standings}, the representative's
 * ledger), whether the year is closed through the {@link cn.lvzhi.activities.ClosedCycles} port,
 * the representatives from {@code roster} and the items' titles from {@code standard}; nobody but
 * the shell's navigation (by URL) refers to it.
 * <p>
 * {@link cn.lvzhi.yearend.YearEndEvaluation} is one per representative and year: the
 * members' and the constituents' counts (satisfied / basically satisfied / dissatisfied, 0 …
 * 100 000), whether the annual duty report was given to the electoral unit and to the linked
 * community, the grade ({@code null}: not graded yet, shown as 未评议) and notes (rewards,
 * penalties, exit recommendation, each at most 1000 characters). The evaluation group records
 * and changes it; the office reads it; a representative reads their own; nobody evaluates
 * themselves. It is shown with the year-end points and ranks (the standings as of 31 December,
 * which are final once the cycle is closed) and the points by item and quarter of the
 * representative's ledger (quarter of the entry's {@code occurredOn}; adjustments on their own
 * line, in the quarter they were booked, or the fourth for a past cycle).
 * <p>
 * Where the text is silent, this module does the following:
 * <ul>
 * <li>Versions: the API's {@code version} counts saved versions (1, 2, …). A PUT without a
 * version creates the evaluation (201) and is refused (409) when one exists; a PUT with a
 * version changes it (200) only if it is the current one (else 409); a concurrent save of the
 * same version is refused by the row's optimistic lock (409). A save that changes nothing adds
 * no version and no audit entry. Every version is kept with who saved it, when and what changed
 * (the record's history), and audited ({@code YEAR_END_EVALUATION_RECORDED} / {@code _CHANGED}).
 * <li>Who is in a year: the representatives of the standings of that year (those who served in
 * it, or have points in it). Anyone else: 404. Years from 2000 to this year; others: 422.
 * <li>The counts are those of the year-end evaluation meeting, entered by hand; they are not
 * derived from the records' satisfaction ratings.
 * <li>The overview's grade counts are of the rows shown (the whole district, or one
 * workstation's representatives); a representative without an evaluation or without a grade
 * counts as 未评议.
 * <li>The overview export ({@code YEAR_END_OVERVIEW_EXPORTED}) and every printed statement
 * ({@code YEAR_END_STATEMENT_PRINTED}) are audited. Notes are exported as text with
 * formula-like starts neutralised.
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Year-end evaluation")
package cn.lvzhi.yearend;
