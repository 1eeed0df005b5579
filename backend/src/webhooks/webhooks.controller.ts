import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
  WebhookResendResult,
} from '@roundtable/contracts';
import { Roles } from '../auth/auth.decorators';
import {
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookEndpointDto,
  WebhookEndpointInputDto,
  WebhookEndpointListDto,
  WebhookEndpointPatchDto,
  WebhookEndpointWithSecretDto,
  WebhookResendResultDto,
} from './dto';
import { WebhooksService } from './webhooks.service';

/** Admin only (decision 0035): an endpoint receives data about every event. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller()
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('webhooks')
  @ApiOperation({ summary: 'The webhook endpoints (never their secrets)' })
  @ApiOkResponse({ type: WebhookEndpointListDto })
  list(): Promise<WebhookEndpointList> {
    return this.webhooks.list();
  }

  @Post('webhooks')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Register an endpoint; the answer carries its signing secret, once' })
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretDto })
  create(@Body() body: WebhookEndpointInputDto): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.create(body);
  }

  @Get('webhooks/:id')
  @ApiOkResponse({ type: WebhookEndpointDto })
  get(@Param('id') id: string): Promise<WebhookEndpoint> {
    return this.webhooks.get(id);
  }

  @Patch('webhooks/:id')
  @ApiOperation({ summary: 'Change the URL, description or event types; pause (active: false) or resume' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  update(@Param('id') id: string, @Body() body: WebhookEndpointPatchDto): Promise<WebhookEndpoint> {
    return this.webhooks.update(id, body);
  }

  @Delete('webhooks/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an endpoint and its delivery log' })
  remove(@Param('id') id: string): Promise<void> {
    return this.webhooks.remove(id);
  }

  @Post('webhooks/:id/rotate-secret')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'A new signing secret, in force at once; the answer carries it, once' })
  @ApiOkResponse({ type: WebhookEndpointWithSecretDto })
  rotate(@Param('id') id: string): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.rotateSecret(id);
  }

  @Get('webhooks/:id/deliveries')
  @ApiOperation({ summary: 'The delivery log, newest first (the last 100)' })
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  deliveries(@Param('id') id: string): Promise<WebhookDeliveryList> {
    return this.webhooks.deliveries(id);
  }

  @Post('webhooks/:id/deliveries/resend-failed')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send every failed delivery of the endpoint again (after an outage longer than the retries)',
  })
  @ApiAcceptedResponse({ type: WebhookResendResultDto })
  resendFailed(@Param('id') id: string): Promise<WebhookResendResult> {
    return this.webhooks.resendFailed(id);
  }

  @Post('webhook-deliveries/:id/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again: same webhook-id and body, a fresh set of attempts' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  resend(@Param('id') id: string): Promise<WebhookDelivery> {
    return this.webhooks.resend(id);
  }
}
