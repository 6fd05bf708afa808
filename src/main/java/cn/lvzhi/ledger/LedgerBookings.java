package cn.lvzhi.ledger;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.lvzhi.activities.ActivityRevoked;
import cn.lvzhi.activities.ActivityVerified;

/**
 * Books the ledger when a record is verified or revoked. Synchronous on purpose: the booking runs
 * in the transaction of the verification, so a failure rolls both back — nothing half-written.
 */
@Component
class LedgerBookings {

	private final Ledger ledger;

	LedgerBookings(Ledger ledger) {
		this.ledger = ledger;
	}

	@EventListener
	void on(ActivityVerified verified) {
		ledger.rebook(verified.districtId(), verified.representativeId(), verified.cycle(), verified.by(), Map.of());
	}

	@EventListener
	void on(ActivityRevoked revoked) {
		ledger.rebook(revoked.districtId(), revoked.representativeId(), revoked.cycle(), revoked.by(),
				Map.of(revoked.activityId(), revoked.reason() == null ? "" : revoked.reason()));
	}
}
