import { ApiProperty } from '@nestjs/swagger';
import { USER_LIMITS, type LoginRequest, type LoginResponse } from '@roundtable/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserSummaryDto } from '../users/dto';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'organizer@example.org' })
  @IsEmail()
  @MaxLength(USER_LIMITS.email)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(USER_LIMITS.passwordMax)
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

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'organizer@example.org' })
  @IsEmail()
  @MaxLength(USER_LIMITS.email)
  email!: string;
}

export class PasswordResetDto {
  @ApiProperty({ minLength: USER_LIMITS.passwordMin })
  @IsString()
  @MinLength(USER_LIMITS.passwordMin)
  @MaxLength(USER_LIMITS.passwordMax)
  password!: string;
}
