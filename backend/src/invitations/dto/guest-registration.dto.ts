import { OmitType } from '@nestjs/swagger';
import { RegistrationInputDto } from '../../registrations/dto/registration-input.dto';

/** A guest's registration fields: those of the public form without `email`, which is the invitation's. */
export class GuestRegistrationDto extends OmitType(RegistrationInputDto, ['email'] as const) {}
