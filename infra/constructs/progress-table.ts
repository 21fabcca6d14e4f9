import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

/**
 * The DynamoDB table that remembers each user's progress: one item per user, keyed by the Alexa `userId`.
 * Nothing here may lose that progress: the table survives stack deletion and replacement, refuses deletion through
 * the API while protected, and can be restored to any second of the last 35 days.
 */
export class ProgressTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'userId', type: AttributeType.STRING },
      // A voice skill's traffic is spiky and mostly idle: pay per request, nothing to size or scale.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The AWS managed key (aws/dynamodb): no key to rotate or pay for, and every use of it shows in CloudTrail,
      // which the default AWS owned key does not.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
