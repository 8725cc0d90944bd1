# Tierless: a thin face over Maven and the scripts in ops/. `make help` lists the targets.
SHELL := /bin/bash
MVN := ./mvnw -B --no-transfer-progress
APP_JAR := app/target/quarkus-app/quarkus-run.jar
export TIERLESS_DATA_DIR ?= $(CURDIR)/.data

.DEFAULT_GOAL := help
.PHONY: help run dev test build package durability-check clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

run: build ## Build and start Tierless on http://localhost:8080 (embedded PostgreSQL unless configured)
	java -jar $(APP_JAR)

dev: ## Start Quarkus dev mode (live reload) on the embedded PostgreSQL
	$(MVN) -pl app -am quarkus:dev

test: ## Run every test against a real embedded PostgreSQL, then the kill -9 durability check
	$(MVN) verify
	ops/durability-check.sh

build: ## Build the application without running the tests
	$(MVN) -DskipTests package

durability-check: build ## Prove a committed row survives kill -9 of make run
	ops/durability-check.sh

clean: ## Remove build output (keeps .data/)
	$(MVN) -q clean
