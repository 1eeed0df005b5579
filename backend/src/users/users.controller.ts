import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page } from '@roundtable/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { CreateUserDto, UpdateUserDto, UserDto } from './dto';
import type { UserEntity } from './user.entity';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<Page<UserDto>> {
    return this.users.list();
  }

  @Post()
  create(@Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(body);
  }

  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() actor: UserEntity,
  ): Promise<UserDto> {
    return this.users.update(id, body, actor);
  }
}
