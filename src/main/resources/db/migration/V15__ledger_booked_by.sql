-- Conflict of interest (DOMAIN.md 13): approving a quarterly list asks whether the approver
-- booked an entry the list counts for the first time (ledger.Standings#bookedFirstIn), by who
-- booked it within a district's cycle.
create index ix_ledger_booked_by on ledger_entry (booked_by, district_id, cycle);
