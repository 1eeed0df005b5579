import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';

/**
 * Requests per client address and minute on each route opened by a personal link's token (a registration's
 * manage link, an invitation's link). A person reading and changing their own page makes a handful. The limit
 * is high because many people may share one address: the venue's Wi-Fi at the door, where attendees open
 * their link to show the QR code, or an office where every invitee opens the mail at ten. A client walking
 * through guessed tokens is stopped at 5 a second; the tokens are 256 random bits, so this is about load and
 * noise, not about the odds of a guess.
 */
export const TOKEN_LINK_REQUESTS_PER_MINUTE = 300;

/** The limit above, counted in the database like every limit (429 problem+json with Retry-After). */
export function TokenLinkLimit(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseGuards(ThrottlerGuard),
    Throttle({ default: { limit: TOKEN_LINK_REQUESTS_PER_MINUTE, ttl: 60_000 } }),
    ApiTooManyRequestsResponse({ description: 'Too many requests from this address; see Retry-After.' }),
  );
}
