-- The board benchmark's history (ops/bench/board-report.sh): three years of request rollups, close-time histograms
-- and usage counts for every member council of both partnerships, at national size, written straight into an
-- empty Tierless's database with generate_series. psql variables: first and last (the days), requests (the
-- requests the rollups add up to), events (the usage events), open (open requests for "overdue now").
-- Every service a council offers is treated as taking requests, so there are more rows than the demo councils
-- would make: a heavier load than theirs. Random, not deterministic: the figures are a load, not a report.
\set ON_ERROR_STOP on
set client_min_messages = warning;

create temp table bench_offers as
select s.council_slug as council, s.service_code as service, c.partnership_slug as partnership,
       coalesce(c.parent_slug, (select min(d.slug) from councils d where d.parent_slug = c.slug and d.member)) as neighbour
from council_services s join councils c on c.slug = s.council_slug
where c.member and c.partnership_slug is not null;

-- Monday to Friday busy, the weekend quiet, and a season: the same shape as the demo history's.
create temp table bench_days as
select day::date as day,
       (case extract(isodow from day) when 6 then 0.55 when 7 then 0.45 else 1.1 end)
           * (1 + 0.15 * cos(2 * pi() * extract(doy from day) / 365.0)) as busy
from generate_series(:'first'::date, :'last'::date, interval '1 day') as day;

-- How many requests and events an offered service (and a profile's pages) make on a usual day, so that the totals
-- come out as asked: the page-level shares below add up to 0.424 a profile or front door, the others to 0.581 an offer.
select :requests / (select count(*) from bench_offers) / (select sum(busy) from bench_days) as per_offer_day,
       :events / (select sum(busy) from bench_days)
           / (0.424 * (select count(distinct council) + count(distinct partnership) from bench_offers)
              + 0.581 * (select count(*) from bench_offers)) as events_per_day,
       set_config('bench.open', :'open', false) as open
\gset

-- One row per day, council, service, channel and origin present (the council's own profile, the front door, its
-- neighbour's): counts drawn evenly around the share of the cell, so some cells are empty and left out.
insert into request_rollups (council, day, service, channel, origin, demo, received, closed, closed_with_target,
                             closed_within_target, handed_over, duplicates)
select council, day, service, channel, origin, false, received, closed, (closed * 0.95)::int, (closed * 0.8)::int,
       (random() < 0.02)::int, least(closed, (random() < 0.05)::int)
from (select o.council, d.day, o.service, ch.channel, og.origin, received,
             greatest(0, received - (random() < 0.1)::int) as closed
      from bench_offers o cross join bench_days d
      cross join (values ('web', 0.5), ('app', 0.15), ('phone', 0.25), ('face_to_face', 0.1)) as ch(channel, share)
      cross join lateral (values (o.council, 0.55), ('', 0.2), (o.neighbour, 0.25)) as og(origin, share)
      cross join lateral (select floor(random() * 2 * :per_offer_day * d.busy * ch.share * og.share + 0.5)::int as received) r
      where og.origin is not null) cells
where received > 0;

-- Closes by working days to close: a quarter the same day, then fewer each day.
insert into request_close_days (council, day, service, demo, working_days, closes)
select council, day, service, false, working_days, closes
from (select o.council, d.day, o.service, k as working_days,
             floor(random() * 2 * :per_offer_day * 0.9 * d.busy * 0.25 * power(0.75, k) + 0.5)::int as closes
      from bench_offers o cross join bench_days d cross join generate_series(0, 20) as k) cells
where closes > 0;

-- Page-level use through each council's profile (and the front door, origin none, for each partnership's first
-- member): visits, page views and postcode searches by device, an app's first calls.
insert into usage_counts (day, event, partnership, origin, council, service, channel, device, count)
select day, event, partnership, origin, '', '', channel, device, count
from (select d.day, e.event, p.partnership, p.origin, dv.channel, dv.device,
             floor(random() * 2 * :events_per_day * d.busy * e.share * dv.share + 0.5)::bigint as count
      from (select distinct council as origin, partnership from bench_offers
            union select distinct '', partnership from bench_offers) p
      cross join bench_days d
      cross join (values ('visit', 0.08), ('page-view', 0.32), ('postcode-search', 0.024)) as e(event, share)
      cross join (values ('web', 'phone', 0.5), ('web', 'desktop', 0.32), ('web', 'tablet', 0.09),
                         ('api', 'phone', 0.09)) as dv(channel, device, share)) cells
where count > 0;

-- Tiles shown and opened and forms started and submitted, per council responsible and service, by origin and device.
insert into usage_counts (day, event, partnership, origin, council, service, channel, device, count)
select day, event, '', origin, council, service, 'web', device, count
from (select d.day, e.event, og.origin, o.council, o.service, dv.device,
             floor(random() * 2 * :events_per_day * d.busy * e.share * og.share * dv.share + 0.5)::bigint as count
      from bench_offers o cross join bench_days d
      cross join (values ('tile-shown', 0.5), ('tile-opened', 0.06), ('form-started', 0.012),
                         ('form-submitted', 0.009)) as e(event, share)
      cross join lateral (values (o.council, 0.55), ('', 0.2), (o.neighbour, 0.25)) as og(origin, share)
      cross join (values ('phone', 0.55), ('desktop', 0.35), ('tablet', 0.1)) as dv(device, share)
      where og.origin is not null) cells
where count > 0;

-- Open requests for "overdue now", two in three past their due time, in each council's own scope (row-level
-- security), for the services it has a form for.
do $$
declare
    offer record;
    per_offer integer := greatest(1, current_setting('bench.open')::integer
        / (select count(distinct (council_slug, service_code)) from form_versions));
    made bigint := 0;
    added bigint;
begin
    for offer in select distinct on (council_slug, service_code) council_slug, service_code, id
                 from form_versions order by council_slug, service_code, id loop
        perform set_config('app.tenant', offer.council_slug, true);
        insert into service_requests (id, tenant_id, reference, service_code, form_version_id, origin, channel, status,
                                      answers, idempotency_key, track_token, submitted_at, updated_at, due_at)
        select gen_random_uuid(), offer.council_slug, 'BENCH-' || offer.service_code || '-' || n, offer.service_code,
               offer.id, offer.council_slug, 'web', 'submitted', '{}', 'bench-' || offer.service_code || '-' || n,
               md5(random()::text), now() - interval '30 days', now() - interval '30 days',
               now() + (interval '1 day' * (10 - (n % 30)))
        from generate_series(1, per_offer) as n;
        get diagnostics added = row_count;
        made := made + added;
    end loop;
    perform set_config('app.tenant', '', true);
    -- Counted here: outside a council's scope, row-level security shows none of them.
    perform set_config('bench.open', made::text, false);
end
$$;

-- The monthly sums beside the daily rows, as the live writes keep them (docs/reports.md).
select report_months_recompute(date_trunc('month', :'first'::date)::date, date_trunc('month', :'last'::date)::date);

analyze request_rollups;
analyze request_close_days;
analyze usage_counts;
analyze request_rollups_monthly;
analyze request_close_days_monthly;
analyze usage_counts_monthly;
analyze service_requests;

select (select sum(received) from request_rollups) as requests, (select count(*) from request_rollups) as rollup_rows,
       (select count(*) from request_close_days) as close_day_rows, (select sum(count) from usage_counts) as events,
       (select count(*) from usage_counts) as usage_rows, current_setting('bench.open') as open_requests;
