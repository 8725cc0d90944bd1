# Tierless: a thin face over Maven and the scripts in ops/. `make help` lists the targets.
SHELL := /bin/bash
MVN := ./mvnw -B --no-transfer-progress
APP_JAR := app/target/quarkus-app/quarkus-run.jar
export TIERLESS_DATA_DIR ?= $(CURDIR)/.data
export TIERLESS_REALM_FILE ?= $(CURDIR)/ops/keycloak/tierless-realm.json
export TIERLESS_DEMO_DATA_DIR ?= $(CURDIR)/ops/demo
KEYCLOAK_VERSION := 26.5.6
KEYCLOAK_DIR := $(TIERLESS_DATA_DIR)/keycloak

.DEFAULT_GOAL := help
.PHONY: help run dev test browser test-keycloak keycloak build durability-check two-instances-check bench bench-board clean import-onspd import-boundaries import-addresses import-open-uprn import-councils import-collection-rounds import-collection-changes tenants-export tenants-apply rollups-rebuild cluster image backup restore backup-check postgresql

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

run: build keycloak ## Build and start Tierless on http://localhost:8080 with PostgreSQL and Keycloak (unless configured)
	TIERLESS_PAYMENTS_SANDBOX=$${TIERLESS_PAYMENTS_SANDBOX:-true} java $$(cat ops/jvm-options) -jar $(APP_JAR)

dev: keycloak ## Start Quarkus dev mode (live reload) on the embedded PostgreSQL and local Keycloak
	$(MVN) -pl app -am quarkus:dev

test: browser postgresql ## Run every test (embedded PostgreSQL, headless Chromium), then the kill -9 durability, two-instance and backup checks
	$(MVN) verify
	ops/durability-check.sh
	ops/two-instances-check.sh
	ops/backup/check.sh

browser: ## Install Debian's Chromium and ChromeDriver for the browser tests, when absent
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo "Installing Debian's chromium and chromium-driver for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

test-keycloak: build keycloak ## Sign in against the real local Keycloak (password grant, then /api/v1/me)
	ops/keycloak/sign-in-check.sh

# kc.sh decides whether to unpack; overWriteReleases makes the plugin ignore its marker in target/, which knows
# nothing of a new or emptied data folder.
keycloak: ## Fetch and unpack Keycloak once, for the local staff sign-in (skipped when OIDC is configured)
ifeq ($(strip $(QUARKUS_OIDC_AUTH_SERVER_URL)),)
	@if [ ! -f "$(KEYCLOAK_DIR)/keycloak-$(KEYCLOAK_VERSION)/bin/kc.sh" ]; then \
	  echo "Fetching Keycloak $(KEYCLOAK_VERSION) from Maven Central (about 165 MB, once) into $(KEYCLOAK_DIR)"; \
	  $(MVN) -q -N dependency:unpack -Dartifact=org.keycloak:keycloak-quarkus-dist:$(KEYCLOAK_VERSION):zip \
	    -DoutputDirectory="$(KEYCLOAK_DIR)" -Dmdep.overWriteReleases=true && chmod +x "$(KEYCLOAK_DIR)"/keycloak-$(KEYCLOAK_VERSION)/bin/*.sh; \
	fi
endif

# Every import-* target takes ALLOW_SHRINK=true to let the dataset become more than 10% smaller (docs/gazetteer.md).
import-onspd: ## Load an ONS Postcode Directory into the running Tierless: FILE=path/to/ONSPD.csv [ALLOW_SHRINK=true]
	ALLOW_SHRINK="$(ALLOW_SHRINK)" ops/import.sh onspd "$(FILE)"

import-boundaries: ## Load council boundaries (GeoJSON): FILE=path/to/boundaries.geojson [ALLOW_SHRINK=true]
	ALLOW_SHRINK="$(ALLOW_SHRINK)" ops/import.sh boundaries "$(FILE)"

import-addresses: ## Load one source's addresses (docs/gazetteer.md): FILE=path/to/addresses.csv SOURCE=tamworth-llpg [ALLOW_SHRINK=true]
	ALLOW_SHRINK="$(ALLOW_SHRINK)" ops/import.sh addresses "$(FILE)" "$(SOURCE)"

import-open-uprn: ## Add OS Open UPRN coordinates to known addresses: FILE=path/to/osopenuprn.csv
	ALLOW_SHRINK="$(ALLOW_SHRINK)" ops/import.sh open-uprn "$(FILE)"

import-councils: ## Load the register of every council (mySociety layout): FILE=path/to/councils.csv
	ALLOW_SHRINK="$(ALLOW_SHRINK)" ops/import.sh councils "$(FILE)"

import-collection-rounds: ## Load a council's bin collection rounds (docs/alerts.md): FILE=path/to/rounds.csv COUNCIL=tamworth [ALLOW_SHRINK=true]
	ALLOW_SHRINK="$(ALLOW_SHRINK)" ops/import.sh collection-rounds "$(FILE)" "$(COUNCIL)"

import-collection-changes: ## Load a council's changed collection days (docs/alerts.md): FILE=path/to/changes.csv COUNCIL=tamworth [ALLOW_SHRINK=true]
	ALLOW_SHRINK="$(ALLOW_SHRINK)" ops/import.sh collection-changes "$(FILE)" "$(COUNCIL)"

tenants-export: ## Write a council's live services to tenants/<slug>/services.yaml: COUNCIL=slug [OUT=file]
	OUT="$(OUT)" ops/tenants.sh export "$(COUNCIL)"

tenants-apply: ## Show what tenants/<slug>/services.yaml would change, ask, then publish it: COUNCIL=slug [FILE=] [YES=1]
	FILE="$(FILE)" YES="$(YES)" ops/tenants.sh apply "$(COUNCIL)"

rollups-rebuild: ## Recompute the board's request rollups from the requests, council by council (docs/reports.md)
	ops/rollups-rebuild.sh

bench: build keycloak ## Measure every row of docs/benchmarks.md beside pgbench and nginx and write the figures there (about 9 min)
	ops/bench/run.sh

bench-board: build keycloak ## Benchmark the board's reports on three years of history (15 to 20 min; docs/benchmarks.md)
	ops/bench/board-report.sh

image: ## Build the container image without Docker into app/target/tierless-image.tar (docs/operations.md)
	ops/image/build.sh

# Connection for backup and restore: PGHOST, PGPORT, PGUSER, PGPASSWORD; by default make run's embedded PostgreSQL.
backup: ## Dump the database with pg_dump (custom format) to FILE or .data/backups/ (docs/operations.md)
	ops/backup/backup.sh $(FILE)

restore: ## Restore a make backup FILE= into a PostgreSQL without a Tierless database (docs/operations.md)
	ops/backup/restore.sh "$(FILE)"

backup-check: build postgresql ## Prove make backup and make restore: requests made on one PostgreSQL come back in a fresh one
	ops/backup/check.sh

postgresql: ## Install Debian's PostgreSQL server and client tools for the backup check, when absent
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v pg_dump >/dev/null; then \
	  echo "Installing Debian's postgresql for the backup check"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	fi

build: ## Build the application without running the tests
	$(MVN) -DskipTests package

durability-check: build ## Prove a committed row survives kill -9 of make run
	ops/durability-check.sh

two-instances-check: build ## Prove a branding change on one instance is live on a second one on the same database
	ops/two-instances-check.sh

cluster: build ## Two instances behind nginx under load through kill -9 and a PostgreSQL restart: 0 lost, 0 doubled (docs/cluster.md)
	ops/cluster/cluster.sh

clean: ## Remove build output (keeps .data/)
	$(MVN) -q clean
