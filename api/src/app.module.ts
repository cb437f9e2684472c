import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_CONFIG, type AppConfig } from './config/configuration';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './modules/health/health.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { SellersModule } from './modules/sellers/sellers.module';
import { SellerProductsModule } from './modules/seller-products/seller-products.module';
import { CartModule } from './modules/cart/cart.module';
import { OrdersModule } from './modules/orders/orders.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { LedgerModule } from './modules/ledger/ledger.module';
import { CheckoutModule } from './modules/checkout/checkout.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { OrderCancellationModule } from './modules/order-cancellation/order-cancellation.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Keeps a caller's request id when it looks sane, so logs can be followed across services. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Sees every SQL statement; tests use it to count queries. */
  queryLogger?: TypeOrmLogger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, queryLogger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (request) => request.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          ...(queryLogger ? { logging: ['query' as const], logger: queryLogger } : {}),
        }),
        HealthModule,
        RateLimitModule,
        AccountsModule,
        SellersModule,
        CatalogModule,
        SellerProductsModule,
        CartModule,
        OrdersModule,
        PaymentsModule,
        LedgerModule,
        CheckoutModule,
        NotificationsModule,
        OrderCancellationModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
