/**
 * Tencent Cloud Serverless Cloud Function: its trigger events (timer, COS, API Gateway,
 * CKafka, CMQ topic), the API Gateway integration response and the context of its Java
 * SDK.
 */
@NullMarked
package io.github.fnspring.tencent;

import org.jspecify.annotations.NullMarked;
