#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { createBackCareCoachApp } from './back-care-coach-app';

// The CDK app entry (`cdk.json`): the one place that reads the process environment.
createBackCareCoachApp(new App(), process.env);
