-- A transfer's dates in order, and none before the Party existed (3 February 1930): the service
-- refuses such input first; this holds every other path. NOT VALID: rows already stored stay
-- readable (the list copes with them) and are not re-checked.
alter table membership_transfer
    add constraint membership_transfer_dates_check
    check (moved_on >= date '1930-02-03' and (sent_on is null or sent_on >= moved_on)) not valid;
