/* The reference for VigieKafka's benchmark: the same work written directly on librdkafka in C.
 *   rdkafka_bench produce BOOTSTRAP TOPIC COUNT SIZE   idempotent producer, same settings as KafkaProducer
 *   rdkafka_bench consume BOOTSTRAP TOPIC COUNT        consumer group from the beginning, counts COUNT messages
 * Prints one line: "<mode> <count> messages in <seconds> s = <rate> msg/s". */
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long delivered = 0, failed = 0;

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
    (void)rk; (void)opaque;
    if (m->err) failed++; else delivered++;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void set(rd_kafka_conf_t *conf, const char *key, const char *value) {
    char err[512];
    if (rd_kafka_conf_set(conf, key, value, err, sizeof(err)) != RD_KAFKA_CONF_OK) {
        fprintf(stderr, "%s: %s\n", key, err);
        exit(2);
    }
}

static int produce(const char *bootstrap, const char *topic, long count, size_t size) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[512];
    set(conf, "bootstrap.servers", bootstrap);
    set(conf, "enable.idempotence", "true");
    set(conf, "acks", "all");
    set(conf, "linger.ms", "5");
    set(conf, "batch.num.messages", "10000");
    set(conf, "batch.size", "1048576");
    set(conf, "queue.buffering.max.messages", "100000");
    set(conf, "compression.codec", "lz4");
    set(conf, "socket.nagle.disable", "true");
    rd_kafka_conf_set_dr_msg_cb(conf, dr_cb);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (!rk) { fprintf(stderr, "%s\n", err); return 2; }
    char *payload = malloc(size);
    memset(payload, 'x', size);
    char key[32];
    double start = now();
    for (long i = 0; i < count; i++) {
        snprintf(key, sizeof(key), "key-%ld", i % 1000);
        while (1) {
            rd_kafka_resp_err_t e = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, strlen(key)),
                                                      RD_KAFKA_V_VALUE(payload, size), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                                      RD_KAFKA_V_END);
            if (e == RD_KAFKA_RESP_ERR_NO_ERROR) break;
            if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL) { fprintf(stderr, "produce: %s\n", rd_kafka_err2str(e)); return 1; }
            rd_kafka_poll(rk, 1);
        }
        rd_kafka_poll(rk, 0);
    }
    rd_kafka_flush(rk, 60000);
    double seconds = now() - start;
    printf("produce %ld messages in %.3f s = %.0f msg/s (delivered %ld, failed %ld)\n", count, seconds, count / seconds, delivered, failed);
    rd_kafka_destroy(rk);
    free(payload);
    return failed == 0 && delivered == count ? 0 : 1;
}

static int consume(const char *bootstrap, const char *topic, long count) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[512];
    char group[64];
    snprintf(group, sizeof(group), "c-bench-%ld", (long)time(NULL));
    set(conf, "bootstrap.servers", bootstrap);
    set(conf, "group.id", group);
    set(conf, "auto.offset.reset", "earliest");
    set(conf, "enable.auto.offset.store", "false");
    set(conf, "fetch.wait.max.ms", "10");
    set(conf, "session.timeout.ms", "6000");
    set(conf, "partition.assignment.strategy", "roundrobin");
    set(conf, "socket.nagle.disable", "true");
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof(err));
    if (!rk) { fprintf(stderr, "%s\n", err); return 2; }
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    long received = 0;
    double start = 0, deadline = now() + 120;
    while (received < count && now() < deadline) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m) continue;
        if (!m->err) {
            if (received == 0) start = now(); /* measure from the first message: the group join is not throughput */
            received++;
        }
        rd_kafka_message_destroy(m);
    }
    double seconds = now() - start;
    printf("consume %ld messages in %.3f s = %.0f msg/s\n", received, seconds, received / seconds);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return received == count ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc >= 6 && strcmp(argv[1], "produce") == 0) return produce(argv[2], argv[3], atol(argv[4]), (size_t)atol(argv[5]));
    if (argc >= 5 && strcmp(argv[1], "consume") == 0) return consume(argv[2], argv[3], atol(argv[4]));
    fprintf(stderr, "usage: rdkafka_bench produce BOOTSTRAP TOPIC COUNT SIZE | consume BOOTSTRAP TOPIC COUNT\n");
    return 2;
}
