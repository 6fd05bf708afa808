package cn.lvzhi.audit;

import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Auditable;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;

/**
 * Writes every {@link Auditable} event to the trail, adding who (the event's actor, else the
 * signed-in user, else "anonymous" in a request and "system" outside one), with which roles, when (the clock), from where (the
 * request's remote address) and in which district. Synchronous on purpose: the line is written
 * in the transaction of the change, so it commits or rolls back with it; outside a transaction
 * (a refused access) it is simply inserted. A decision refused for a conflict of interest is
 * refused inside the service's transaction, which then rolls back: its line is written in a
 * transaction of its own, so that the trail keeps it.
 */
@Component
class AuditRecorder {

	static final String ANONYMOUS = "anonymous";

	static final String SYSTEM = "system";

	private final AuditEntries entries;

	private final Districts districts;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private volatile Long defaultDistrict;

	AuditRecorder(AuditEntries entries, Districts districts, Clock clock, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.districts = districts;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(Auditable event) {
		CurrentUser user = signedInUser();
		String actor = event.actor();
		String address = remoteAddress();
		// Nobody signed in: a visitor if it came with a request, else the application itself
		// (start-up work such as the demo data).
		String username = actor != null ? actor : user != null ? user.username() : address != null ? ANONYMOUS : SYSTEM;
		// Roles belong to the signed-in user; a named actor (a failed sign-in) has none proven.
		String roles = user != null && username.equalsIgnoreCase(user.username()) ? rolesOf(user) : null;
		var entry = new AuditEntries.NewEntry(user != null ? user.districtId() : defaultDistrict(), clock.instant(),
				username, roles, address, event.action(), event.recordType(), event.recordId(), event.success(),
				event.summary());
		if (event instanceof ConflictOfInterest.Refused) {
			ownTransaction.executeWithoutResult(status -> entries.append(entry));
		}
		else {
			entries.append(entry);
		}
	}

	static CurrentUser signedInUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}

	static String rolesOf(CurrentUser user) {
		return user.roles().stream().sorted(Comparator.naturalOrder()).map(Enum::name).collect(Collectors.joining(","));
	}

	/**
	 * The address of the current request as the container reports it. Proxies' headers are
	 * honoured only where {@code server.forward-headers-strategy} tells the container to.
	 */
	static String remoteAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private long defaultDistrict() {
		Long id = defaultDistrict;
		if (id == null) {
			id = districts.defaultDistrict().id();
			defaultDistrict = id;
		}
		return id;
	}
}
