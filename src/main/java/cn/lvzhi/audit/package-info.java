/**
 * Audit: the append-only trail of who did what, when and from where. It listens to every
 * {@link cn.lvzhi.shared.Auditable} event (and to refused access); nobody depends on it. The
 * auditor reads, filters and exports it; nothing in the application updates or deletes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package cn.lvzhi.audit;
