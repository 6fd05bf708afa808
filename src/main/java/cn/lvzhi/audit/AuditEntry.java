package cn.lvzhi.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail, as read: when (in the district's time zone), who with which
 * roles, from which address, what was done to which record, whether it succeeded, and a summary.
 */
public record AuditEntry(long id, OffsetDateTime at, @Nullable String username, List<String> roles,
		@Nullable String remoteAddress, String action, @Nullable String recordType, @Nullable String recordId,
		boolean success, @Nullable String summary) {
}
