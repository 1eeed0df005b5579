import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest, LoginResponse } from '@roundtable/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserSummaryDto } from '../users/dto';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'organizer@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ type: () => UserSummaryDto })
  user!: UserSummaryDto;
}
