import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import { attachmentDisposition } from '../reports/content-disposition';
import type { UserEntity } from '../users/user.entity';
import {
  FollowUpInputDto,
  OwnerListDto,
  RecommendationStatusDto,
  TrackedRecommendationDto,
  TrackerPageDto,
  TrackerQueryDto,
} from './dto/tracker.dto';
import { TrackerService } from './tracker.service';

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller()
export class TrackerController {
  constructor(private readonly tracker: TrackerService) {}

  @Get('recommendations')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every recommendation of every summary, filtered and paged (the tracker)' })
  list(@Query() query: TrackerQueryDto): Promise<TrackerPageDto> {
    return this.tracker.list(query);
  }

  @Get('recommendations/owners')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every owner the recommendations name, for the tracker’s owner filter' })
  owners(): Promise<OwnerListDto> {
    return this.tracker.owners();
  }

  @Get('recommendations.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The tracker with the same filters as CSV (UTF-8 with BOM), unpaged' })
  async csv(@Query() query: TrackerQueryDto, @CurrentUser() viewer: UserEntity): Promise<StreamableFile> {
    const file = await this.tracker.csv(query, viewer);
    const bytes = Buffer.from(file.body, 'utf8');
    return new StreamableFile(bytes, {
      type: 'text/csv; charset=utf-8',
      disposition: attachmentDisposition(file.filename),
      length: bytes.length,
    });
  }

  @Post('recommendations/:id/status')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Change the status, with a note kept in the history (a note alone is kept too)' })
  changeStatus(
    @Param('id') id: string,
    @Body() body: RecommendationStatusDto,
  ): Promise<TrackedRecommendationDto> {
    return this.tracker.changeStatus(id, body);
  }

  @Post('recommendations/:id/follow-ups')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Carry the recommendation to a later event, where it shows as followed up' })
  followUp(@Param('id') id: string, @Body() body: FollowUpInputDto): Promise<TrackedRecommendationDto> {
    return this.tracker.followUp(id, body);
  }
}
