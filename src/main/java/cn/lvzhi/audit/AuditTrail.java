package cn.lvzhi.audit;

import java.time.ZoneId;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/** Reading the audit trail of a district: a page of it, or all of it for an export. */
@Service
public class AuditTrail {

	/** Excel's limit is 1,048,576 rows; stay clear of it (one row is the header). */
	public static final int EXPORT_LIMIT = 1_000_000;

	private final AuditEntries entries;

	private final Districts districts;

	private final ApplicationEventPublisher events;

	AuditTrail(AuditEntries entries, Districts districts, ApplicationEventPublisher events) {
		this.entries = entries;
		this.districts = districts;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(long districtId, AuditFilter filter, PageQuery page) {
		return entries.page(districtId, zone(districtId), filter, page);
	}

	/**
	 * Hands every matching entry (newest first, at most {@link #EXPORT_LIMIT}) to the sink, and
	 * records that the trail was exported.
	 */
	@Transactional
	public long export(long districtId, AuditFilter filter, Consumer<AuditEntry> sink) {
		long count = entries.each(districtId, zone(districtId), filter, EXPORT_LIMIT, sink);
		events.publishEvent(new AuditExported("exported " + count + " entries (" + filter.describe() + ")"));
		return count;
	}

	/** The time zone the district reads its times in. */
	public ZoneId zone(long districtId) {
		return districts.of(districtId).timeZone();
	}
}
