/**
 * Tencent Cloud Serverless Cloud Function, all of it: its platform (detection, function
 * name, the report of a failed start), its properties, modes and auto-configuration, its
 * Runtime API and web-function protocols, its trigger events (function URL, API Gateway,
 * timer, COS, CKafka, CMQ topic) and error body, and the context of its Java SDK.
 * Registered by one line in {@code META-INF/spring.factories}; {@code fn.vendor} chooses it.
 *
 * <p>API: {@link io.github.fnspring.tencent.TencentProperties} ({@code fn.tencent.*}),
 * {@link io.github.fnspring.tencent.ScfMode},
 * {@link io.github.fnspring.tencent.ScfCredentialsProvider}, and the events a function
 * takes as input: {@link io.github.fnspring.tencent.CkafkaEvent} and
 * {@link io.github.fnspring.tencent.CmqTopicEvent}. The rest is internal to fn-spring,
 * even where public: not API, and may change in any release.
 */
@NullMarked
package io.github.fnspring.tencent;

import org.jspecify.annotations.NullMarked;
