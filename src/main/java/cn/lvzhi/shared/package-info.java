/**
 * Tiny value types and contracts used by every module: roles, the signed-in user, domain
 * problems, paging, and the {@link cn.lvzhi.shared.Auditable} contract of events that the
 * audit trail records. Keep it tiny.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.lvzhi.shared;
