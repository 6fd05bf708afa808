package cn.lvzhi.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of the audit trail, as read: when (in the district's time zone), who with which
 * roles, from which address, what was done to which record, whether it succeeded, and a summary.
 */
public record AuditEntry(long id, OffsetDateTime at, String username, List<String> roles, String remoteAddress,
		String action, String recordType, String recordId, boolean success, String summary) {
}
