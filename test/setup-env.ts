// Tests never reach AWS: no real credentials, a fixed region, and no Node-version notice from the AWS SDK.
process.env.AWS_REGION ??= 'us-east-1';
process.env.AWS_ACCESS_KEY_ID ??= 'test';
process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// Keep test output readable; tests that check logging spy on the console with their own level.
process.env.LOG_LEVEL ??= 'silent';
