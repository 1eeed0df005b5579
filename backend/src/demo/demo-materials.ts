import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MaterialVisibility } from '@roundtable/contracts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MaterialEntity } from '../materials/material.entity';
import { renderPdf } from '../reports/pdf';
import { Storage } from '../storage/storage';
import type { UserEntity } from '../users/user.entity';

interface DemoMaterial {
  title: string;
  filename: string;
  visibility: MaterialVisibility;
  /** Slides (landscape, one heading and its points per page) or a handout (portrait). */
  layout: 'slides' | 'handout';
  pages: { heading: string; points: string[] }[];
}

/** What the past round table left behind: a presentation for everyone, a handout for the people who came. */
export const PAST_ROUND_TABLE_MATERIALS: DemoMaterial[] = [
  {
    title: 'Презентация: Моделът на работа на „За Нашите Деца“',
    filename: 'Моделът на работа - презентация.pdf',
    visibility: 'public',
    layout: 'slides',
    pages: [
      {
        heading: 'Холистична подкрепа на ранното детско развитие',
        points: ['Фондация „За Нашите Деца“', 'Кръгла маса, София, 21 май 2024 г.'],
      },
      {
        heading: 'Четирите области на развитие',
        points: ['Физическо', 'Социално', 'Емоционално', 'Познавателно'],
      },
      {
        heading: 'Подкрепа за семейството',
        points: [
          'Консултации с родители от бременността до 7-годишна възраст',
          'Групи за родители и домашни посещения',
          'Насочване към здравни и образователни услуги',
        ],
      },
      {
        heading: 'Съвместна работа на специалистите',
        points: [
          'Социални услуги, детски ясли и градини, лечебни заведения',
          'Общ план за подкрепа на детето',
          'Срещи по случай веднъж месечно',
        ],
      },
    ],
  },
  {
    title: 'Наръчник за специалисти (за участниците)',
    filename: 'Наръчник за специалисти.pdf',
    visibility: 'attended',
    layout: 'handout',
    pages: [
      {
        heading: 'Наръчник за специалисти',
        points: [
          'Материал за участниците в кръглата маса от 21 май 2024 г.',
          'Стъпки при първа среща със семейството: запознаване, оценка на потребностите, общ план.',
          'Контакти на екипите в областите София и Пловдив се предоставят при поискване.',
        ],
      },
    ],
  },
];

function documentOf(material: DemoMaterial): TDocumentDefinitions {
  const content: Content[] = material.pages.map((page, index) => ({
    stack: [
      {
        text: page.heading,
        fontSize: material.layout === 'slides' ? 28 : 18,
        bold: true,
        margin: [0, 0, 0, 18],
      },
      { ul: page.points, fontSize: material.layout === 'slides' ? 20 : 12 },
    ],
    pageBreak: index > 0 ? 'before' : undefined,
  }));
  return {
    pageSize: 'A4',
    pageOrientation: material.layout === 'slides' ? 'landscape' : 'portrait',
    pageMargins: 50,
    info: { title: material.title },
    defaultStyle: { font: 'DejaVuSans' },
    content,
  };
}

/**
 * Gives the demo's past round table its materials, rendered as PDFs at seed time with the reports' fonts and
 * kept through Storage like an upload. Called once, when the seeder creates the demo.
 */
@Injectable()
export class DemoMaterials {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: Storage,
  ) {}

  async add(eventId: string, organiser: UserEntity, materials = PAST_ROUND_TABLE_MATERIALS): Promise<void> {
    for (const material of materials) {
      const bytes = await renderPdf(documentOf(material));
      const stored = await this.storage.put(bytes, { contentType: 'application/pdf' });
      await this.dataSource.getRepository(MaterialEntity).insert({
        id: randomUUID(),
        eventId,
        title: material.title,
        filename: material.filename,
        contentType: 'application/pdf',
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        visibility: material.visibility,
        kind: 'material',
        uploadedById: organiser.id,
      });
    }
  }
}
