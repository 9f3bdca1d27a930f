#!/usr/bin/env bash
# Creates the Vigie topics on a real Kafka cluster (docker compose's one-shot `topics` service runs it).
# Kept in step with VigieEvents/Topics.swift by Tests/DeployTests (name, partitions, compaction).
#   KAFKA_BOOTSTRAP_SERVERS  brokers (default kafka:9092)
#   KAFKA_TOPICS_BIN         kafka-topics.sh (default: on PATH, else /opt/kafka/bin/kafka-topics.sh)
#   VIGIE_REPLICATION_FACTOR replication factor (default 1)
set -euo pipefail
bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
bin="${KAFKA_TOPICS_BIN:-$(command -v kafka-topics.sh || echo /opt/kafka/bin/kafka-topics.sh)}"
replication="${VIGIE_REPLICATION_FACTOR:-1}"

create() { # name partitions cleanup.policy
  "$bin" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$1" --partitions "$2" \
    --replication-factor "$replication" --config "cleanup.policy=$3"
}

# topic                      partitions  cleanup.policy
create vigie.mentions.v1        12       delete
create vigie.scored-mentions.v1 12       delete
create vigie.alerts.v1           6       delete
create vigie.projects.v1         6       compact
create vigie.dlq.scoring.v1      3       delete
create vigie.dlq.alerting.v1     3       delete
create vigie.dlq.reporting.v1    3       delete
echo "create-topics: done"
