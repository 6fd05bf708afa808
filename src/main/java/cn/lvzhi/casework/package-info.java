/**
 * Casework: the work that earns items 2, 3, 7, 8 and 9 of the standard (DOMAIN.md 11) and carries
 * the Opinion's §1.3, §2.5, §2.6 and §2.8 — constituents' appeals (群众诉求) registered at a
 * workstation, proxied by a representative, routed to a handling unit, followed up, resolved and
 * rated by the constituent; proposals (提议 / 提案) drafted by a representative, co-signed after
 * confirming, submitted, assigned to handling units, answered and evaluated; inspections,
 * inquiries and written opinions entered once with their participants. Each step that earns
 * points creates its activity records through {@code activities.SourcedRecords} in the step's
 * own transaction, linked back to the appeal or proposal; the office then verifies them like any
 * other record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package cn.lvzhi.casework;
