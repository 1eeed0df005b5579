import { Body, Controller, Get, Header, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/auth.decorators';
import {
  ThemeDto,
  ThemeInputDto,
  ThemeListDto,
  ThemeOrderDto,
  ThemePageDto,
  ThemePatchDto,
} from './dto/theme.dto';
import { ThemesService } from './themes.service';

@ApiTags('themes')
@ApiBearerAuth()
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every advocacy theme in the admin’s order, retired ones marked' })
  list(): Promise<ThemeListDto> {
    return this.themes.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a theme (admin); its slug is made once from the English name' })
  create(@Body() body: ThemeInputDto): Promise<ThemeDto> {
    return this.themes.create(body);
  }

  @Put('order')
  @Roles('admin')
  @ApiOperation({ summary: 'Put the themes in a new order (admin): every theme id once' })
  reorder(@Body() body: ThemeOrderDto): Promise<ThemeListDto> {
    return this.themes.reorder(body.ids);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename a theme, retire it or bring it back (admin)' })
  update(@Param('id') id: string, @Body() body: ThemePatchDto): Promise<ThemeDto> {
    return this.themes.update(id, body);
  }

  @Get(':slug/page')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'The public theme page: its published events and the recommendations of their published summaries, with status',
  })
  page(@Param('slug') slug: string): Promise<ThemePageDto> {
    return this.themes.page(slug);
  }
}
